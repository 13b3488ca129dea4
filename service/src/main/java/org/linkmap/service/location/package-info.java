/**
 * Places as case subjects (Contextual Safeguarding): everything known about one location, the people,
 * networks and organisations linked to places and incidents, and the "location of concern" flag.
 */
package org.linkmap.service.location;
