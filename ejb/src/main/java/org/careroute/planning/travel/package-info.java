/** Travel between the places of one planning problem, computed once per problem. */
package org.careroute.planning.travel;
