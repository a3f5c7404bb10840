package command_test

import (
	"fmt"

	"github.com/tarjama/tarjama/backend/command"
)

// ExampleParseArgv shows the two spellings of --command; neither goes
// through a shell, so $HOME and ; stay literal.
func ExampleParseArgv() {
	a, _ := command.ParseArgv(`["ct2-translate", "--model", "/models/ar-en"]`)
	b, _ := command.ParseArgv(`marian-decoder -c "ar en.yml" --log '$HOME/x;y'`)
	fmt.Printf("%q\n%q\n", a, b)
	// Output:
	// ["ct2-translate" "--model" "/models/ar-en"]
	// ["marian-decoder" "-c" "ar en.yml" "--log" "$HOME/x;y"]
}
