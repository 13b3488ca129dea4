/** Search across everything an analyst might type: names, aliases, phone numbers, marks, handles, addresses, postcodes. */
package org.linkmap.service.search;
