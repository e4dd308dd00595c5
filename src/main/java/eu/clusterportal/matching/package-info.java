/**
 * Matches: which published organisations and clusters fit a partner request, and which
 * open requests fit a member's organisations, ranked in SQL and each with its reasons.
 */
package eu.clusterportal.matching;
