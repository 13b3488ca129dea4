/** The stand-alone command line: hotspots from a CSV of points, for analysts and for checking against other tools. */
package org.linkmap.geo.cli;
