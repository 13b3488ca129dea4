/**
 * The meeting cycle: MACE and operational-group meetings and their agendas, taskings against people, places,
 * networks, organisations and hotspots, disruption records and their measured effect, placements notified to a
 * home authority, and campaigns such as an awareness week.
 */
package org.linkmap.service.mace;
