/**
 * Partner requests: what an organisation seeks or offers, posted by its validated
 * members.
 */
package eu.clusterportal.cooperation;
