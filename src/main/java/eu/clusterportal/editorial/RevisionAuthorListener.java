package eu.clusterportal.editorial;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Records who is signed in as the author of a revision. */
public class RevisionAuthorListener implements RevisionListener {

	@Override
	public void newRevision(Object revision) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		((Revision) revision).setAuthor((authentication != null) ? authentication.getName() : null);
	}

}
