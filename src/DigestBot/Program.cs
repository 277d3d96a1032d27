// Entry point: the command line and the web host are wired up in the foundation issue.
return 0;
