package eu.clusterportal.cache;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.clusterportal.country.Country;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;

/**
 * What a written row touches, read from Hibernate's metamodel, so that no feature has to
 * say it: the row itself, every row it refers to, and the countries it belongs to (a
 * reference to a country, before and after the write). A row that belongs to no country
 * may show anywhere: it changes everything. History rows (Envers) and entities marked
 * {@link NotOnPublicPages} change nothing public.
 */
final class ChangeTags {

	private static final String COUNTRY = typeName(Country.class.getName());

	private ChangeTags() {
	}

	/**
	 * The change a row makes, given its states (the new one, and the old one of an
	 * update, {@code null} if unknown); empty when no public page shows it.
	 */
	static Optional<ContentChange> ofRow(EntityPersister persister, Object entity, Object id,
			SharedSessionContractImplementor session, Object[]... states) {
		if (entity instanceof Map || persister.getMappedClass().isAnnotationPresent(RevisionEntity.class)
				|| persister.getMappedClass().isAnnotationPresent(NotOnPublicPages.class)) {
			return Optional.empty();
		}
		String type = typeOf(persister);
		Set<String> tags = new HashSet<>();
		tags.add(ContentChange.entity(type, id));
		boolean inCountry = type.equals(COUNTRY);
		if (inCountry) {
			tags.add(ContentChange.inCountry(id));
		}
		Type[] types = persister.getPropertyTypes();
		for (Object[] state : states) {
			if (state == null) {
				return Optional.of(ContentChange.EVERYTHING);
			}
			for (int i = 0; i < types.length; i++) {
				if (types[i] instanceof EntityType reference && state[i] != null) {
					EntityPersister target = session.getFactory()
						.getMappingMetamodel()
						.getEntityDescriptor(reference.getAssociatedEntityName());
					Object targetId = identifier(state[i], target, session);
					if (typeOf(target).equals(COUNTRY)) {
						tags.add(ContentChange.inCountry(targetId));
						inCountry = true;
					}
					else {
						tags.add(ContentChange.entity(typeOf(target), targetId));
					}
				}
			}
		}
		return Optional.of(inCountry ? ContentChange.of(tags) : ContentChange.EVERYTHING);
	}

	/**
	 * The name of an entity's type in tags: its root entity's, so subclasses share it.
	 */
	static String typeOf(EntityPersister persister) {
		return typeName(persister.getRootEntityName());
	}

	private static String typeName(String entityName) {
		return entityName.substring(entityName.lastIndexOf('.') + 1);
	}

	/** The id of a referenced row, without loading a row not loaded yet. */
	private static Object identifier(Object value, EntityPersister persister,
			SharedSessionContractImplementor session) {
		if (value instanceof HibernateProxy proxy) {
			return proxy.getHibernateLazyInitializer().getInternalIdentifier();
		}
		return persister.getIdentifier(value, session);
	}

}
