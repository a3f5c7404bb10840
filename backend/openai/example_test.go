package openai_test

import (
	"fmt"

	"github.com/tarjama/tarjama/backend/openai"
)

// ExampleParseTranslations reads the shapes models actually answer in.
func ExampleParseTranslations() {
	fmt.Printf("%q\n", openai.ParseTranslations(`{"translations": ["Hello.", "Goodbye."]}`))
	fmt.Printf("%q\n", openai.ParseTranslations("```json\n[\"Hello.\"]\n```"))
	fmt.Printf("%q\n", openai.ParseTranslations("1. Hello.\n2. Goodbye."))
	fmt.Printf("%q\n", openai.ParseTranslations("Sorry, I can't help with that."))
	// Output:
	// ["Hello." "Goodbye."]
	// ["Hello."]
	// ["Hello." "Goodbye."]
	// []
}
