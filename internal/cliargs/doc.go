// Package cliargs lets the flags of a urfave/cli v2 command come after its
// positional arguments, as users type them (`tarjama translate DIR --out
// X`): the library stops reading flags at the first positional argument,
// so [FlagsFirst] moves each level's flags in front of it before the app
// runs, and [FlagAfterArgs] catches, for a command run without that
// reordering, a flag of its own left among the arguments, where it would
// silently be taken for a path.
//
// Both only look at the commands' declared flags and names; they never
// parse values, print or exit.
package cliargs
