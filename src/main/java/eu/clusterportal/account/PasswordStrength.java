package eu.clusterportal.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.resources.Feedback;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Refuses passwords that are easy to guess. nbvcxz estimates the guesses a password takes
 * (its default minimum, 35 bits), knowing common passwords, names, English words,
 * keyboard patterns, repeats, sequences and dates; here also the person's e-mail address
 * and name and the portal's own words.
 */
@Component
public class PasswordStrength {

	private static final List<String> PORTAL_WORDS = List.of("cluster", "clusters", "portal", "clusterportal",
			"escp-4i", "escp4i");

	private static final String PERSONAL = "feedback.dictionary.warning.passwords.notAllowed";

	/**
	 * Why the password is too easy to guess, as a sentence, or empty when it is strong
	 * enough.
	 * @param personal the e-mail address, name and the like of the person choosing it
	 */
	public Optional<MessageSourceResolvable> weakness(String password, String... personal) {
		Result result = new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries(personal))
			// The library's own English texts, whatever the server's default locale.
			.setLocale(Locale.ROOT)
			.createConfiguration()).estimate(password);
		if (result.isMinimumEntropyMet()) {
			return Optional.empty();
		}
		Feedback feedback = result.getFeedback();
		if (PERSONAL.equals(feedback.getWarningKey())) {
			return Optional.of(new DefaultMessageSourceResolvable("account.password.weak.personal"));
		}
		String warning = feedback.getWarning();
		if (warning == null) {
			return Optional.of(new DefaultMessageSourceResolvable("account.password.weak.guessable"));
		}
		// The portal's own wording in every language; the library's English if a new
		// version brings a warning the bundles do not know yet.
		return Optional.of(new DefaultMessageSourceResolvable(new String[] { messageKey(feedback.getWarningKey()) },
				null, warning));
	}

	/**
	 * The message key of one of the library's warnings, e.g.
	 * {@code account.password.weak.likeAAA} for {@code feedback.repeat.warning.likeAAA}.
	 */
	static String messageKey(String warningKey) {
		return "account.password.weak." + warningKey.substring(warningKey.lastIndexOf('.') + 1);
	}

	private static List<Dictionary> dictionaries(String... personal) {
		DictionaryBuilder words = new DictionaryBuilder().setDictionaryName("personal").setExclusion(true);
		Stream.concat(PORTAL_WORDS.stream(), Arrays.stream(personal).flatMap(PasswordStrength::wordsOf))
			.filter((word) -> word.length() >= 3)
			.forEach((word) -> words.addWord(word, 0));
		List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
		dictionaries.add(words.createDictionary());
		return dictionaries;
	}

	/**
	 * The whole text and its parts, e.g. an address, its local part and its domain's
	 * labels.
	 */
	private static Stream<String> wordsOf(String text) {
		return Stream.concat(Stream.of(text), Arrays.stream(text.split("[^\\p{L}\\p{N}]+")));
	}

}
