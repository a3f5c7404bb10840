package align

import (
	"math/bits"
	"sync"
)

// window indexes the feature vectors of a run of consecutive sentences of
// one side, by feature, so that a sentence's dot products with all of them
// (a row of the search's band) cost one lookup per feature of that
// sentence and one step per feature it shares with one of them, instead of
// one lookup per feature of every sentence of the run. Sentences enter at
// the run's end and leave at its start, as the band moves down the table.
//
// dots gives the same sums as dot and probe.dot, bit for bit: each
// sentence's matches are added in ascending feature order (the order of
// the queried vector), and each product has the same two factors.
type window struct {
	sd     *side
	lo, hi int // sentences [lo, hi) are in the window

	// Hash table with linear probing: a feature and the first and last of
	// its entries; head < 0 marks an empty slot.
	slots []wslot
	shift uint8

	// Entries, in order of entry, in a ring: entry e lives at ent[e&mask]
	// while first ≤ e < next.
	ent         []wentry
	mask        int32
	first, next int32
}

type wslot struct {
	key        uint32
	head, tail int32
}

type wentry struct {
	q    int32   // sentence
	w    float32 // the feature's weight in it
	next int32   // next entry of the same feature, -1 for none
}

var windows = sync.Pool{New: func() any { return new(window) }}

// getWindow returns a window over sd holding at most maxFeats features at
// a time, starting empty at sentence lo; putWindow gives it back.
func getWindow(sd *side, maxFeats, lo int) *window {
	w := windows.Get().(*window)
	rb := max(4, bits.Len(uint(maxFeats)))
	tb := rb + 1
	if len(w.ent) < 1<<rb {
		w.slots = make([]wslot, 1<<tb)
		w.ent = make([]wentry, 1<<rb)
	}
	w.slots = w.slots[:1<<tb]
	w.ent = w.ent[:1<<rb]
	w.sd, w.lo, w.hi = sd, lo, lo
	w.shift, w.mask = uint8(32-tb), 1<<rb-1
	w.first, w.next = 0, 0
	for k := range w.slots {
		w.slots[k].head = -1
	}
	return w
}

func putWindow(w *window) {
	w.sd = nil
	windows.Put(w)
}

func (w *window) slot(h uint32) uint32 { return (h * 0x9e3779b1) >> w.shift }

// move makes the window hold sentences [lo, hi); neither end may move
// back.
func (w *window) move(lo, hi int) {
	for w.lo < lo && w.lo < w.hi {
		w.remove(w.lo)
		w.lo++
	}
	if w.lo < lo { // empty: jump ahead
		w.lo, w.hi = lo, lo
	}
	for w.hi < hi {
		w.add(w.hi)
		w.hi++
	}
}

func (w *window) add(q int) {
	tmask := uint32(len(w.slots) - 1)
	wv := w.sd.wv(q)
	for k, h := range w.sd.fv(q) {
		e := w.next
		w.next++
		w.ent[e&w.mask] = wentry{q: int32(q), w: wv[k], next: -1}
		s := w.slot(h)
		for w.slots[s].head >= 0 && w.slots[s].key != h {
			s = (s + 1) & tmask
		}
		sl := &w.slots[s]
		if sl.head < 0 {
			*sl = wslot{key: h, head: e, tail: e}
			continue
		}
		w.ent[sl.tail&w.mask].next = e
		sl.tail = e
	}
}

// remove takes out sentence q, the oldest in the window: its entries are
// the first of their features'.
func (w *window) remove(q int) {
	tmask := uint32(len(w.slots) - 1)
	for _, h := range w.sd.fv(q) {
		s := w.slot(h)
		for w.slots[s].key != h || w.slots[s].head < 0 {
			s = (s + 1) & tmask
		}
		w.first++
		if nx := w.ent[w.slots[s].head&w.mask].next; nx >= 0 {
			w.slots[s].head = nx
			continue
		}
		// Last entry of the feature: empty the slot, shifting back the
		// entries of its probe run that would no longer be found.
		for {
			w.slots[s].head = -1
			j := s
			for {
				j = (j + 1) & tmask
				if w.slots[j].head < 0 {
					goto next
				}
				k := w.slot(w.slots[j].key)
				// Entry j stays if its home slot k lies cyclically in (s, j].
				if (s < j && s < k && k <= j) || (j < s && (s < k || k <= j)) {
					continue
				}
				w.slots[s] = w.slots[j]
				s = j
				break
			}
		}
	next:
	}
}

// dots adds to acc[q-w.lo] the dot product of (h, wv) with each sentence
// q of the window.
func (w *window) dots(acc []float32, h []uint32, wv []float32) {
	tmask := uint32(len(w.slots) - 1)
	lo := int32(w.lo)
	for k, x := range h {
		s := w.slot(x)
		for w.slots[s].head >= 0 && w.slots[s].key != x {
			s = (s + 1) & tmask
		}
		e := w.slots[s].head
		if e < 0 {
			continue
		}
		wk := wv[k]
		for e >= 0 {
			en := &w.ent[e&w.mask]
			acc[en.q-lo] += wk * en.w
			e = en.next
		}
	}
}
