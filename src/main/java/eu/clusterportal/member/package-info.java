/**
 * Members: people outside the editorial team who register, confirm their address, and
 * keep their account (its language, their data, its deletion); editors list, disable and
 * enable them ({@code member.admin}).
 */
package eu.clusterportal.member;
