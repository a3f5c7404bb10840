package langid_test

import (
	"fmt"

	"github.com/tarjama/tarjama/langid"
)

func Example() {
	id, err := langid.New(langid.Options{Langs: []string{"ar", "fa", "ur", "en", "fr"}})
	if err != nil {
		panic(err)
	}
	for _, s := range []string{
		"أعلن مكتب الرئيس أن الاجتماع سيعقد في العاصمة يوم الخميس.",
		"رئیس جمهور روز پنجشنبه با وزیر امور خارجه در تهران دیدار کرد.",
		"Le bureau a annoncé que la réunion aura lieu jeudi prochain.",
		"Yes.",
	} {
		lang, _ := id.Identify(s)
		fmt.Printf("%q\n", lang)
	}
	// Output:
	// "ar"
	// "fa"
	// "fr"
	// ""
}
