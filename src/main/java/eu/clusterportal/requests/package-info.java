/**
 * The public pages of partner requests: the list, each request's page and their feed.
 */
package eu.clusterportal.requests;
