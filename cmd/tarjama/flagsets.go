package main

import (
	"slices"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/backend/registry"
)

// stackFlagSets names the flags of backendFlags() about the translator
// stack that each command other than translate honours (translate takes
// them all). A command listed here also takes every backend's own options
// (keys, endpoints, models), since it opens the backend --backend names.
//
//   - align opens --backend to translate SRC for similarity: the cache and
//     the request policy apply. --dry-run would send nothing and silently
//     degrade the alignment, --max-chars would stop it halfway, --tm and
//     --price serve translate's output and its cost estimate: all refused.
//   - align-docs and qe take no backend flag: they always translate with
//     the embedded lexicon.
var stackFlagSets = map[string][]string{
	"align": {"cache", "no-cache", "requests-per-second", "chars-per-minute", "retries", "timeout", "batch-concurrency"},
}

// commandBackendFlags returns the flags of backendFlags() that command
// honours (see stackFlagSets), in backendFlags' order.
func commandBackendFlags(command string) []cli.Flag {
	keep := slices.Clone(stackFlagSets[command])
	if keep == nil {
		return nil
	}
	for _, in := range registry.Default().All() {
		for _, o := range in.Options {
			keep = append(keep, o.Name)
		}
	}
	return selectFlags(backendFlags(), keep)
}

// selectFlags returns the flags of all whose first name is in names.
func selectFlags(all []cli.Flag, names []string) []cli.Flag {
	var out []cli.Flag
	for _, f := range all {
		if slices.Contains(names, f.Names()[0]) {
			out = append(out, f)
		}
	}
	return out
}
