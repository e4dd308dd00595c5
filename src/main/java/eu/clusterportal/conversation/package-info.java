/**
 * Conversations about partner requests: a member expresses interest in a request, its
 * poster and that member write to each other in their inboxes, share their addresses when
 * they choose, block senders and report messages to the editors.
 */
package eu.clusterportal.conversation;
