package registry

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestWriteListsEveryBackend(t *testing.T) {
	env := func(k string) string { return map[string]string{"DEEPL_API_KEY": "never-printed"}[k] }
	var js, text bytes.Buffer
	if err := Write(&js, Default(), "json", env); err != nil {
		t.Fatal(err)
	}
	if err := Write(&text, Default(), "text", env); err != nil {
		t.Fatal(err)
	}
	var list []Entry
	if err := json.Unmarshal(js.Bytes(), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != len(Default().All()) || list[0].Name != "lexicon" || !list[0].Default || list[1].Default {
		t.Fatalf("json: %+v", list)
	}
	for _, b := range list {
		if !strings.Contains(text.String(), b.Name+"\n") && !strings.Contains(text.String(), b.Name+" (default)\n") {
			t.Errorf("text lacks %s:\n%s", b.Name, text.String())
		}
	}
	if strings.Contains(js.String()+text.String(), "never-printed") {
		t.Error("an environment value was printed")
	}
}
