// Package progress draws a one-line progress bar for a count of documents
// on a terminal: the bar, the percentage, the counts and, while they fit,
// the sentences, the rate and the ETA. The line always fits the terminal's
// width; Finish clears it so the next line printed starts clean.
//
// It only draws: the caller decides whether the writer is a terminal and
// whether the user asked for quiet.
package progress
