// Before anything else allocates: see HugePageHeap for why.
HeartSite.Engine.HugePageHeap.Enable();
return HeartSite.Cli.HeartSiteCli.Run(args);
