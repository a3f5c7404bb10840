package qe

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
)

// Model is a logistic model over standardised features:
// score = σ(Bias + Σ Weights[i]·(x[i]−Mean[i])/Std[i]).
type Model struct {
	Features []string  `json:"features"`
	Mean     []float64 `json:"mean"`
	Std      []float64 `json:"std"`
	Weights  []float64 `json:"weights"`
	Bias     float64   `json:"bias"`
	// Note says how the weights were fitted.
	Note string `json:"note,omitempty"`
}

//go:embed model.json
var modelJSON []byte

// DefaultModel returns the embedded model.
func DefaultModel() (*Model, error) { return ParseModel(modelJSON) }

// ParseModel reads a model from its JSON form and checks that it weighs
// exactly the features this package computes, in order.
func ParseModel(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("qe model: %w", err)
	}
	if !slices.Equal(m.Features, FeatureNames) {
		return nil, fmt.Errorf("qe model: features %v, want %v", m.Features, FeatureNames)
	}
	if len(m.Mean) != nFeatures || len(m.Std) != nFeatures || len(m.Weights) != nFeatures {
		return nil, fmt.Errorf("qe model: want %d means, stds and weights", nFeatures)
	}
	return &m, nil
}

// Predict returns the score of a feature vector.
func (m *Model) Predict(x *[nFeatures]float64) float64 {
	z := m.Bias
	for i, v := range x {
		if s := m.Std[i]; s > 0 {
			z += m.Weights[i] * (v - m.Mean[i]) / s
		}
	}
	return 1 / (1 + math.Exp(-z))
}
