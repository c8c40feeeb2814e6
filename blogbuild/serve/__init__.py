"""`blogbuild serve`: a local server that rebuilds on every change and reloads open tabs."""
