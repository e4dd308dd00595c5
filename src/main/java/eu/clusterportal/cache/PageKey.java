package eu.clusterportal.cache;

import java.util.Locale;

/**
 * A cached page is the same for everyone asking for this path and query in this language.
 */
record PageKey(String pathAndQuery, Locale locale) {

}
