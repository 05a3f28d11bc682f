/** REST resources for the practice: the public catalog and clinics, and the admin's records. */
package org.careroute.interfaces.rest.practice;
