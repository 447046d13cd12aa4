"""StreamField blocks shared by the site's general pages (home, about, privacy)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)

    class Meta:
        icon = "title"
        template = "home/blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading (h2).")
        preview_value = {"text": "Отбасы өмірін бірге үйренеміз"}


class CardBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=400)
    page = blocks.PageChooserBlock(label=_("Links to"), required=False)
    link_text = blocks.CharBlock(label=_("Link text"), max_length=60, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Card")


class CardGridBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    cards = blocks.ListBlock(CardBlock(), label=_("Cards"), min_num=1, max_num=6)

    class Meta:
        icon = "grip"
        template = "home/blocks/card_grid_block.html"
        label = _("Cards")
        description = _("Up to six cards side by side, each optionally linking to a page.")


class GeneralStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "h3"],
        template="home/blocks/paragraph_block.html",
    )
    image = ImageBlock(label=_("Image"), template="home/blocks/image_block.html")
    cards = CardGridBlock()
