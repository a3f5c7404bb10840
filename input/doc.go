// Package input finds the documents a run reads and decodes them to clean
// UTF-8 text.
//
// Collect expands the command line's INPUTs (files, folders walked
// recursively, "-" for stdin) into a sorted, deterministic list of
// documents, each named by its path relative to the INPUT it came from.
// Decode turns raw bytes into text: UTF-8 (BOM stripped), UTF-16 with a
// BOM, or Windows-1256 when the bytes are not UTF-8 but decode cleanly as
// Arabic; anything else is refused with the byte offset of the first bad
// sequence. Line ends are normalised to "\n". HTML files are reduced to
// their visible text, one block element a line.
package input
