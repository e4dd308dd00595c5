package eu.clusterportal.web;

import java.util.Collection;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lists of names in running text as the page's language writes them, from CLDR: "Capital,
 * GDP per capita" in English, "首都、人均国内生产总值" in Chinese. For templates:
 * {@code th:text="${@lists.join(names)}"}.
 */
@Component("lists")
public class Lists {

	/** The items joined as a plain enumeration, without "and". */
	public String join(Collection<String> items) {
		return ListFormatter
			.getInstance(ULocale.forLocale(LocaleContextHolder.getLocale()), ListFormatter.Type.AND,
					ListFormatter.Width.NARROW)
			.format(items);
	}

}
