package input

// The naming rules of Collect, for runners that list their files
// themselves (the Beam runner lists gs:// globs) and must name and filter
// documents exactly as Collect does.

// SafeName cleans a relative, slash-separated name so that joining it under
// an output folder stays inside that folder ("" becomes "unnamed").
func SafeName(name string) string { return safeName(name) }

// UniqueNames gives documents that share a name, after the first, the
// "~2", "~3" … suffixes Collect gives them (in slice order).
func UniqueNames(docs []Doc) []Doc { return uniqueNames(docs) }

// HasExtension reports whether a walked folder's file with this path
// (local or a URL) is read: its name ends with one of Extensions.
func HasExtension(p string) bool { return hasExt(p) }
