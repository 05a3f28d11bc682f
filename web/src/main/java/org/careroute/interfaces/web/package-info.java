/** What the pages need beside the REST API: security headers and the map's settings. */
package org.careroute.interfaces.web;
