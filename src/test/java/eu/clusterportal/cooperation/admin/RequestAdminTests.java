package eu.clusterportal.cooperation.admin;

import static eu.clusterportal.WebPages.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.MovableClock;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import eu.clusterportal.editorial.Language;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Editors read every partner request, unpublish one with a reason its poster reads in
 * their list and in a mail in their language, and publish it again; an organisation with
 * requests is not deleted. These tests commit; the database is restored after each.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class RequestAdminTests {

	private static final String MEI = "mei@example.cn";

	private static final RequestPostProcessor AS_MEI = user(MEI).roles("MEMBER");

	private static final RequestPostProcessor EDITOR = user("eda@example.eu").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	MovableClock clock;

	long organisation;

	@BeforeEach
	void aValidatedMemberWritingInChinese() {
		organisation = jdbc.sql("select id from organisation where slug = 'eu-sme-centre'").query(Long.class).single();
		Account mei = new Account(MEI, "Mei Lin", "{noop}unused", Role.MEMBER);
		mei.confirmEmail(Instant.now());
		mei.setLanguage(Language.SIMPLIFIED_CHINESE);
		accounts.save(mei);
		jdbc.sql("insert into organisation_member (organisation_id, account_id, status) values (?, ?, 'VALIDATED')")
			.params(organisation, mei.getId())
			.update();
	}

	@Test
	void editorsListRequestsNewestFirstSearchAndFilterThemAndMembersCannot() throws Exception {
		long first = publish("Battery recycling partner", "电池回收伙伴");
		long second = publish("Distributor for sensors", null);
		jdbc.sql("update partner_request set closed_at = now() where id = ?").param(first).update();

		Document list = pages.html(get("/admin/requests").with(EDITOR));
		assertThat(list.select("tbody th").eachText()).containsExactly("Distributor for sensors",
				"Battery recycling partner");
		assertThat(list.select("tbody th a").eachAttr("href")).containsExactly("/admin/requests/" + second,
				"/admin/requests/" + first);
		assertThat(pages.html(get("/admin/requests").param("q", "SENSOR").with(EDITOR)).select("tbody th").eachText())
			.containsExactly("Distributor for sensors");
		assertThat(pages.html(get("/admin/requests").param("q", "电池").with(EDITOR)).select("tbody th").eachText())
			.containsExactly("Battery recycling partner");
		assertThat(pages.html(get("/admin/requests").param("q", "sme centre").with(EDITOR)).select("tbody tr"))
			.hasSize(2);
		assertThat(
				pages.html(get("/admin/requests").param("state", "closed").with(EDITOR)).select("tbody th").eachText())
			.containsExactly("Battery recycling partner");
		assertThat(pages.html(get("/admin/requests").param("state", "open").with(EDITOR)).select("tbody th").eachText())
			.containsExactly("Distributor for sensors");
		assertThat(pages.html(get("/admin/requests").param("state", "odd\u0000").param("page", "x").with(EDITOR))
			.select("tbody tr")).hasSize(2);
		assertThat(pages.html(get("/admin/requests").param("page", "7").with(EDITOR)).select("tbody tr"))
			.as("a page past the last shows the last")
			.hasSize(2);
		assertThat(pages.html(get("/admin").with(EDITOR)).select("main a[href=/admin/requests]")).hasSize(1);

		Document page = pages.html(get("/admin/requests/{id}", first).with(EDITOR));
		assertThat(page.select("main").text()).contains("EU SME Centre", "Mei Lin (mei@example.cn)",
				"Technology partner", "China", "C26", "Battery recycling partner", "电池回收伙伴", "Closed");
		assertThat(page.select("h3[lang=zh-Hans]").text()).isEqualTo("电池回收伙伴");

		mvc.perform(get("/admin/requests").with(AS_MEI)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/requests/{id}", first).with(AS_MEI)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/requests/{id}/unpublish", first).with(AS_MEI).with(csrf()).param("reason", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/requests/999999").with(EDITOR)).andExpect(status().isNotFound());
	}

	@Test
	void percentAndUnderscoreTypedInTheSearchAreLookedForAsThemselves() throws Exception {
		publish("Battery recycling partner", null);
		publish("100% recycled packaging", null);

		assertThat(pages.html(get("/admin/requests").param("q", "%").with(EDITOR)).select("tbody th").eachText())
			.containsExactly("100% recycled packaging");
		assertThat(pages.html(get("/admin/requests").param("q", "_").with(EDITOR)).select("tbody th")).isEmpty();
		assertThat(pages.html(get("/admin/requests").param("q", "bat_ery").with(EDITOR)).select("tbody th")).isEmpty();
	}

	@Test
	void anUnpublishedRequestLeavesThePostersOpenListWithTheReasonAndAMailInTheirLanguage() throws Exception {
		long id = publish("Battery recycling partner", "电池回收伙伴");

		Document noReason = pages
			.html(post("/admin/requests/{id}/unpublish", id).with(EDITOR).with(csrf()).param("reason", "  "));
		assertThat(noReason.select("#reason-errors").text())
			.isEqualTo("Please say why the partner request is taken off the public pages.");
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		assertThat(jdbc.sql("select count(*) from outbox_mail").query(Integer.class).single()).isZero();
		for (String hidden : List.of("Spam\u0085twice", "Spam \u202egnirts")) {
			Document controls = pages
				.html(post("/admin/requests/{id}/unpublish", id).with(EDITOR).with(csrf()).param("reason", hidden));
			assertThat(controls.select("#reason-errors").text()).as(hidden)
				.isEqualTo("The reason holds invisible control characters. Please type it again.");
		}
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");

		mvc.perform(post("/admin/requests/{id}/unpublish", id).with(EDITOR)
			.with(csrf())
			.param("reason", "Advertising, not a request for partners."))
			.andExpect(redirectedUrl("/admin/requests/" + id))
			.andExpect(flash().attribute("notice", "admin.requests.unpublished"));

		assertThat(statusOf(id)).isEqualTo("UNPUBLISHED");
		Document mine = pages.html(get("/zh/account/requests").with(AS_MEI));
		assertThat(mine.select("tbody tr").attr("data-state")).isEqualTo("unpublished");
		assertThat(mine.select("tbody tr .request-state").text())
			.isEqualTo("已被编辑撤下 编辑给出的理由：Advertising, not a request for partners.");
		assertThat(mine.select("tbody tr a[href=/zh/cooperation/" + id + "]")).isEmpty();
		var mail = jdbc.sql("select kind, recipient, language, subject, text_body from outbox_mail")
			.query((row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
					row.getString(5)))
			.single();
		assertThat(mail.subList(0, 4)).containsExactly("request-unpublished", MEI, "zh-Hans", "您的合作需求已被撤下");
		assertThat(mail.get(4)).contains("Mei Lin", "“电池回收伙伴”", "Advertising, not a request for partners.",
				"http://localhost:8080/zh/account/requests");

		mvc.perform(post("/admin/requests/{id}/unpublish", id).with(EDITOR).with(csrf()).param("reason", "Again"))
			.andExpect(redirectedUrl("/admin/requests/" + id))
			.andExpect(flash().attributeCount(0));
		assertThat(jdbc.sql("select count(*) from outbox_mail").query(Integer.class).single()).isOne();

		mvc.perform(post("/admin/requests/{id}/publish", id).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/requests/" + id))
			.andExpect(flash().attribute("notice", "admin.requests.published-again"));
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		assertThat(pages.html(get("/account/requests").with(AS_MEI)).select("tbody tr").attr("data-state"))
			.isEqualTo("open");
	}

	@Test
	void anOrganisationWithRequestsIsNotDeleted() throws Exception {
		publish("Battery recycling partner", null);
		publish(null, "电池回收伙伴");

		Document delete = pages.html(get("/admin/organisations/{id}/delete", organisation).with(EDITOR));
		assertThat(delete.select("main [role=alert] li").text())
			.isEqualTo("Has 2 partner requests: Battery recycling partner, 电池回收伙伴");
		assertThat(delete.select("main form button")).isEmpty();
		mvc.perform(post("/admin/organisations/{id}/delete", organisation).with(EDITOR).with(csrf()));
		assertThat(jdbc.sql("select count(*) from organisation where id = ?")
			.param(organisation)
			.query(Integer.class)
			.single()).isOne();
	}

	private long publish(String english, String chinese) throws Exception {
		var request = post("/account/requests/new").with(AS_MEI)
			.with(csrf())
			.param("direction", "request")
			.param("kind", "technology-partner")
			.param("deadline", LocalDate.now(clock).plusDays(30).toString())
			.param("targetCountries", "china")
			.param("sectors", "C26");
		if (english != null) {
			request.param("titleEn", english).param("descriptionEn", "In English.");
		}
		if (chinese != null) {
			request.param("titleZh", chinese).param("descriptionZh", "中文说明。");
		}
		String location = mvc.perform(request)
			.andExpect(redirectedUrlPattern("/cooperation/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring("/cooperation/".length()));
	}

	private String statusOf(long id) {
		return jdbc.sql("select status from partner_request where id = ?").param(id).query(String.class).single();
	}

}
