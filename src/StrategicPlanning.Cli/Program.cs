using StrategicPlanning.Cli;

return SplanApp.Run(args, SplanConsole.Process());
