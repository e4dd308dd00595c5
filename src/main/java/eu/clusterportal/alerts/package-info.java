/**
 * Follows and alerts: a member follows countries, sectors, technology fields,
 * organisations and partnerships, gets a daily or weekly digest of what is new there, and
 * stops it with one click.
 */
package eu.clusterportal.alerts;
