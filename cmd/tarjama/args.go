package main

import "github.com/tarjama/tarjama/internal/cliargs"

// flagsFirst moves each command's flags in front of its positional
// arguments, so that `tarjama translate DIR --out X` works as users expect
// (see cliargs.FlagsFirst).
var flagsFirst = cliargs.FlagsFirst
