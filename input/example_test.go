package input_test

import (
	"fmt"

	"golang.org/x/text/encoding/charmap"

	"github.com/tarjama/tarjama/input"
)

func ExampleDecode() {
	// An article saved by an old Windows editor: Windows-1256, CRLF.
	raw, _ := charmap.Windows1256.NewEncoder().String("قال الوزير.\r\n")
	text, enc, err := input.Decode([]byte(raw))
	fmt.Printf("%q %s %v\n", text, enc, err)

	_, _, err = input.Decode([]byte("caf\xe9"))
	fmt.Println(err)
	// Output:
	// "قال الوزير.\n" windows-1256 <nil>
	// invalid UTF-8 (and not Windows-1256 Arabic) at byte offset 3 (line 1)
}
