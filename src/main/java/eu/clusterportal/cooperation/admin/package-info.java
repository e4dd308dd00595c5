/**
 * Editors read every partner request, unpublish one with a reason its poster reads, and
 * publish it again.
 */
package eu.clusterportal.cooperation.admin;
