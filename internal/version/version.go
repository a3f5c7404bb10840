// Package version holds the tool version written into tarjama's outputs
// (TMX and XLIFF headers, the journal's settings), one copy shared by the
// tarjama and tarjama-beam binaries so their outputs match byte for byte.
package version

// Version is set at build time with
// -ldflags "-X github.com/tarjama/tarjama/internal/version.Version=…".
var Version = "0.1.0-dev"
