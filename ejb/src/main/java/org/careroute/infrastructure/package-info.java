/** Infrastructure: persistence, migrations, security, health and demo data. */
package org.careroute.infrastructure;
