/**
 * The demo data set, loaded at start-up with {@code --linkmap.demo=true}: fictional people and networks on
 * real Lancashire places, sent through the ordinary intake path.
 */
package org.linkmap.service.demo;
