// Package input finds the documents a run reads and decodes them to clean
// UTF-8 text.
//
// Collect expands the command line's INPUTs (files, folders walked
// recursively, "-" for stdin) into a sorted, deterministic list of
// documents, each named by its path relative to the INPUT it came from.
// Walking skips hidden folders and tarjama output folders (those holding
// OutputMarker), so an output folder inside an input folder is not read.
// Decode turns raw bytes into text: UTF-8 (BOM stripped), UTF-16 with a
// BOM, or Windows-1256 when the bytes are not UTF-8 but decode cleanly as
// Arabic (and are not mostly valid UTF-8 with a few corrupt bytes);
// anything else is refused with the byte offset and line of the first bad
// sequence. Line ends are normalised to "\n". HTML files are reduced to
// their visible text, one block element a line.
package input
