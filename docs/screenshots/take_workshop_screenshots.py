"""Screenshots of the workshop laboratory (issue 23) from the real window, and the kit's pages.

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_workshop_screenshots.py
    xvfb-run -s "-screen 0 1024x600x24" python docs/screenshots/take_workshop_screenshots.py --suffix -1024
    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_workshop_screenshots.py --scale 2 --suffix -200
    xvfb-run -s "-screen 0 1920x1080x24" python docs/screenshots/take_workshop_screenshots.py \\
        --scale 1.5 --projector --suffix -projector

Saves ``workshop-timer``, ``workshop-side-by-side`` (two groups' answers beside the model, under
the revealed solution and its cooperation map), ``workshop-kit-dialog`` and ``coop-map`` (the
exported PNG). With ``--kit`` it also writes the kit for three scenarios and turns its first pages
into ``kit-*.png`` with pdftoppm (poppler-utils). A throw-away profile is used.
"""

from __future__ import annotations

import subprocess
import sys
from functools import partial

import shots
from shots import OUT

SCENARIO = "scn-berns-aprupes-centra"
KIT = ["scn-berns-aprupes-centra", "scn-gimene-ubago", "scn-tresas-valsts-stradnieki"]


def main() -> int:
    parser = shots.options(lang=False)
    parser.add_argument("--projector", action="store_true", help="full screen with the projector step")
    parser.add_argument("--kit", action="store_true", help="also write the kit and its page images")
    args = shots.parse(parser)
    app = shots.application()
    from kb_app.ui.look.screen_fit import fit_window

    save, wait = partial(shots.save, suffix=args.suffix), shots.wait
    with shots.profile("lv") as (ctx, tmp):
        window = shots.main_window(ctx)
        wait(300)
        window.open_workshop(SCENARIO)
        workshop = window._workshop
        fit_window(workshop)
        if args.projector:  # the whole screen (Xvfb has no window manager to make it "full screen")
            workshop.setGeometry(app.primaryScreen().geometry())
            workshop.lab.projector_button.setChecked(True)
        workshop.show_stages(2)
        workshop.lab.timer.toggle()
        wait(1300)
        save(workshop, "workshop-timer")
        workshop.lab.timer.toggle()
        workshop.lab.show_answers(True)
        for group, names in enumerate(
            (
                ["Valsts policija", "Bāriņtiesa", "Skola"],
                ["Pašvaldības sociālais dienests", "Centrs MARTA vai Drošā māja"],
            )
        ):
            if group:
                workshop.lab.answers.add_group()
            for name in names:
                workshop.lab.answers.add(name)
        workshop.show_stages(len(workshop.stages))
        wait(300)
        bar = workshop.view.verticalScrollBar()
        workshop.view.scrollToAnchor("groups")
        save(workshop, "workshop-side-by-side")
        workshop.view.scrollToAnchor("current")
        wait(200)
        bar.setValue(bar.value() + workshop.view.viewport().height() // 2)
        save(workshop, "workshop-map")
        if not args.suffix:
            workshop.lab.export_map(str(OUT / "coop-map.png"))
            wait(1000)  # written by a task
            print(OUT / "coop-map.png")
        workshop.close()
        from kb_app.ui.workshop.workshop_kit_dialog import WorkshopKitDialog

        if not args.projector and args.suffix != "-1024":  # a dialog of its own size: 100 % and 200 % tell all
            dialog = WorkshopKitDialog(ctx, window, SCENARIO)
            dialog.show()
            save(dialog, "workshop-kit-dialog")
            dialog.close()
        if args.kit:
            from kb_app.core.workshop.kit import build_kit
            from kb_app.ui.paper.kit_pdf import write_kit

            folder = tmp / "kit"
            folder.mkdir()
            assert ctx.library is not None
            write_kit(build_kit(ctx.library, KIT, groups=3), folder)
            for name, first, last in (("group-cards", 1, 1), ("trainer-sheet", 1, 2), ("role-cards", 1, 1)):
                subprocess.run(
                    [
                        "pdftoppm",
                        "-r",
                        "60",
                        "-png",
                        "-f",
                        str(first),
                        "-l",
                        str(last),
                        str(folder / f"{name}.pdf"),
                        str(OUT / f"kit-{name}"),
                    ],
                    check=True,
                )
                print(OUT / f"kit-{name}-*.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
