return HeartSite.Cli.HeartSiteCli.Run(args);
