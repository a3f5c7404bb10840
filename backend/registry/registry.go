// Package registry builds the list of translation backends in one place.
// Adding a backend means adding one line here; there are no init() hooks.
package registry

import (
	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/command"
	"github.com/tarjama/tarjama/backend/deepl"
	"github.com/tarjama/tarjama/backend/google"
	"github.com/tarjama/tarjama/backend/googlev3"
	"github.com/tarjama/tarjama/backend/lexicon"
	"github.com/tarjama/tarjama/backend/libretranslate"
	"github.com/tarjama/tarjama/backend/openai"
)

// Default returns every backend tarjama ships, the embedded default first.
func Default() *backend.Registry {
	return backend.NewRegistry(
		// Each backend package exports Info() backend.Info; list them here.
		lexicon.Info(),
		google.Info(),
		googlev3.Info(),
		deepl.Info(),
		libretranslate.Info(),
		openai.Info(),
		command.Info(),
	)
}
