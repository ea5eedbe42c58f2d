using NetworkGraph.Benchmarks;

return BenchmarkCommand.Run(args, Console.Out, Console.Error);
