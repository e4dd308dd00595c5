/**
 * Members publish, edit and close their organisations' partner requests.
 */
package eu.clusterportal.cooperation.posting;
