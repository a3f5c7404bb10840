package corpus_test

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/tarjama/tarjama/corpus"
)

func ExampleJSONLWriter() {
	w := corpus.NewJSONLWriter(os.Stdout)
	w.Write(corpus.Pair{
		ID: "biden.txt#1", Doc: "biden.txt", SrcLang: "ar", TgtLang: "en",
		Src: "وصل الكاظمي إلى واشنطن.", Tgt: "Al-Kadhimi arrived in Washington.",
		Align: "1-1", Score: 0.9, HasScore: true, Backend: "lexicon",
	})
	w.Close()
	// Output:
	// {"id":"biden.txt#1","doc":"biden.txt","translation":{"ar":"وصل الكاظمي إلى واشنطن.","en":"Al-Kadhimi arrived in Washington."},"align":"1-1","score":0.9,"backend":"lexicon"}
}

func ExampleTMXWriter() {
	w := corpus.NewTMXWriter(os.Stdout, corpus.TMXHeader{
		CreationToolVersion: "1.0",
		CreationDate:        time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
	})
	w.Write(corpus.Pair{ID: "a#1", Doc: "a", SrcLang: "ar", TgtLang: "en", Src: "نعم <و> لا\x00", Tgt: "yes <and> no"})
	w.Close()
	fmt.Println("removed:", w.Removed())
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <tmx version="1.4">
	// <header creationtool="tarjama" creationtoolversion="1.0" segtype="sentence" o-tmf="tarjama" adminlang="en-US" srclang="ar" datatype="plaintext" creationdate="20260102T030405Z"/>
	// <body>
	// <tu tuid="a#1">
	// <prop type="x-doc">a</prop>
	// <tuv xml:lang="ar"><seg>نعم &lt;و&gt; لا</seg></tuv>
	// <tuv xml:lang="en"><seg>yes &lt;and&gt; no</seg></tuv>
	// </tu>
	// </body>
	// </tmx>
	// removed: 1
}

func ExampleNewTMXReader() {
	const tmx = `<tmx version="1.4"><header srclang="en"/><body>
<tu tuid="7"><tuv xml:lang="en-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept></seg></tuv>
<tuv xml:lang="ar-SA"><seg>انقر <bpt i="1">&lt;b&gt;</bpt>حفظ<ept i="1">&lt;/b&gt;</ept></seg></tuv></tu>
</body></tmx>`
	r := corpus.NewTMXReader(strings.NewReader(tmx), "ar", "en")
	for {
		p, err := r.Read()
		if err == io.EOF {
			break
		}
		fmt.Printf("%s %s=%q %s=%q\n", p.ID, p.SrcLang, p.Src, p.TgtLang, p.Tgt)
	}
	// Output:
	// 7 ar="انقر حفظ" en="Click Save"
}
