package eu.clusterportal.cache;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that no public page shows (accounts, and later members' private data):
 * writing it clears no kept page. Every entity without it clears the pages that may show
 * it, so a new entity is safe by default.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NotOnPublicPages {

}
