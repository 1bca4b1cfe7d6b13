using StrategicPlanning.Cli;

return SplanApp.Run(args, Console.Out, Console.Error);
