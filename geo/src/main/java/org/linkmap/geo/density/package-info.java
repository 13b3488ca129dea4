/** Density and significance on square grids in projected metres: counts, quartic kernel density, Getis-Ord Gi*. */
package org.linkmap.geo.density;
