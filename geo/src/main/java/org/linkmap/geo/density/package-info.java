/**
 * Counts, density and significance on lattices of cells in projected metres: square ({@code CountGrid}) and
 * hexagonal ({@code HexGrid}) cells behind {@code Lattice}, quartic kernel density, Getis-Ord Gi* with the false
 * discovery rate correction, and emerging hot spots over time slices with the Mann-Kendall trend test.
 */
package org.linkmap.geo.density;
