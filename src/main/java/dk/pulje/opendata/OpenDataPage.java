package dk.pulje.opendata;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.pulje.web.Pages;

/** The page that explains the open-data files, their licence and their filters. */
@Controller
class OpenDataPage implements Pages {

	private final OpenDataSettings settings;

	OpenDataPage(OpenDataSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/open-data")
	String page(Model model) {
		model.addAttribute("settings", this.settings);
		return "opendata/open-data";
	}

}
