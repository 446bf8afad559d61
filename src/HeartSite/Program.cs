// Before anything else allocates: see HugePageHeap for why.
HeartSite.Cli.HugePageHeap.Enable();
return HeartSite.Cli.HeartSiteCli.Run(args);
